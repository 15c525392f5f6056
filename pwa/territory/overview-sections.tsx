import { A } from '@solidjs/router';
import { For, type ParentProps, Show } from 'solid-js';
import { DocumentList } from '../documents/document-list.tsx';
import { documentMessages } from '../documents/messages.ts';
import { formatLocalDate } from '../documents/format.ts';
import { locale } from '../lib/i18n.ts';
import { ActivityChecklist } from '../projects/checklist.tsx';
import { formatPeriod } from '../projects/project-facts.tsx';
import { MeetingList } from './meeting-list.tsx';
import { territoryMessages } from './messages.ts';
import type { OverviewPlan, TerritoryOverview } from './types.ts';

const m = territoryMessages;

/** A section with its own heading, so screen-reader users can jump between them. */
function Section(props: ParentProps<{ id: string; title: string }>) {
  return (
    <section class="overview-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function GroupsSection(props: { overview: TerritoryOverview }) {
  const groups = () => props.overview.workingGroups;
  const empty = () => props.overview.targetGroups.length === 0 && groups().thematic.length === 0 && groups().territorial.length === 0;
  return (
    <Section id="groups-title" title={m().groupsHeading}>
      <Show when={!empty()} fallback={<p class="muted">{m().noGroups}</p>}>
        <Show when={props.overview.targetGroups.length > 0}>
          <ul class="target-groups" role="list">
            <For each={props.overview.targetGroups}>
              {(targetGroup) => (
                <li class="target-group">
                  <h3 class="target-group__name">{locale() === 'en' && targetGroup.nameEn ? targetGroup.nameEn : targetGroup.name}</h3>
                  <Show when={targetGroup.workingGroups.length > 0} fallback={<p class="muted">{m().noWorkingGroup}</p>}>
                    <p class="target-group__groups">
                      {m().workingGroupsOf} {targetGroup.workingGroups.map((group) => group.name).join(', ')}
                    </p>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={groups().thematic.length > 0}>
          <h3>{m().thematicGroups}</h3>
          <ul class="group-list">
            <For each={groups().thematic}>
              {(group) => (
                <li>
                  <strong>{group.name}</strong>
                  <Show when={group.description}>{(text) => <span class="muted"> – {text()}</span>}</Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={groups().territorial.length > 0}>
          <h3>{m().territorialGroups}</h3>
          <ul class="group-list">
            <For each={groups().territorial}>
              {(group) => (
                <li>
                  <strong>{group.name}</strong>
                  <Show when={group.subTerritorySlug && group.subTerritoryName}>
                    {' '}
                    (<A href={`/uzemi/${group.subTerritorySlug}`}>{group.subTerritoryName}</A>)
                  </Show>
                  <Show when={group.description}>{(text) => <span class="muted"> – {text()}</span>}</Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </Section>
  );
}

export function PlanSummary(props: { plan: OverviewPlan }) {
  return (
    <>
      <p class="plan-summary__title">
        <A href={`/plany/${props.plan.id}`}>{props.plan.title}</A>
      </p>
      <p class="meta-line">
        <span>{m().planPeriod(props.plan.periodFrom, props.plan.periodTo)}</span>
        <Show when={props.plan.extendedTo}>{(year) => <span>{m().extendedTo(year())}</span>}</Show>
        <span class="badge" classList={{ 'badge--approved': props.plan.approved }}>
          {m().planStatus[props.plan.status]}
        </span>
        <span>
          <Show when={props.plan.approvedOn} fallback={props.plan.approved ? '' : m().notApproved}>
            {(approvedOn) => m().approvedOn(formatLocalDate(approvedOn()))}
          </Show>
        </span>
      </p>
    </>
  );
}

export function PlanSection(props: { overview: TerritoryOverview }) {
  const earlier = () => props.overview.plans.filter((plan) => plan.id !== props.overview.plan?.id);
  return (
    <Section id="plan-title" title={m().planHeading}>
      <Show when={props.overview.plan} fallback={<p class="muted">{m().noPlan}</p>}>
        {(plan) => (
          <div class="plan-summary">
            <PlanSummary plan={plan()} />
            <p>
              <A class="button button--secondary" href={`/plany/${plan().id}`}>
                {m().openPlan}
              </A>
            </p>
            <p>
              <A href={`/uzemi/${props.overview.territory.slug}/pokryti`}>{m().openGaps}</A>
            </p>
          </div>
        )}
      </Show>
      <Show when={earlier().length > 0}>
        <h3>{m().otherPlans}</h3>
        <ul class="group-list">
          <For each={earlier()}>
            {(plan) => (
              <li>
                <A href={`/plany/${plan.id}`}>{plan.title}</A> ({plan.periodFrom}–{plan.extendedTo ?? plan.periodTo}, {m().planStatus[plan.status].toLowerCase()})
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Section>
  );
}

type OverviewProject = TerritoryOverview['projects']['current'][number];

function ProjectList(props: { projects: OverviewProject[] }) {
  return (
    <Show when={props.projects.length > 0} fallback={<p class="muted">{m().noProjects}</p>}>
      <ul class="project-list" role="list">
        <For each={props.projects}>
          {(project) => (
            <li class="project-card">
              <h4>
                <A href={`/projekty/${project.id}`}>{project.name}</A>
              </h4>
              <p class="meta-line">
                <Show when={project.registrationNumber}>{(number) => <span>{number()}</span>}</Show>
                <span>{formatPeriod(project.startsOn, project.endsOn)}</span>
              </p>
              <details class="project-card__checklist">
                <summary>{m().projectDetail}</summary>
                <ActivityChecklist activities={project.activities} />
              </details>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export function ProjectsSection(props: { overview: TerritoryOverview }) {
  return (
    <Section id="projects-title" title={m().projectsHeading}>
      <h3>{m().currentProjects}</h3>
      <ProjectList projects={props.overview.projects.current} />
      <Show when={props.overview.projects.past.length > 0}>
        <h3>{m().pastProjects}</h3>
        <ProjectList projects={props.overview.projects.past} />
      </Show>
    </Section>
  );
}

export function DocumentsSection(props: { overview: TerritoryOverview }) {
  return (
    <Section id="documents-title" title={m().documentsHeading}>
      <Show when={props.overview.documents.length > 0} fallback={<p class="muted">{m().noDocuments}</p>}>
        <DocumentList documents={props.overview.documents} />
      </Show>
    </Section>
  );
}

export function PressSection(props: { overview: TerritoryOverview }) {
  return (
    <Section id="press-title" title={m().pressHeading}>
      <Show when={props.overview.pressReleases.length > 0} fallback={<p class="muted">{m().noPress}</p>}>
        <ul class="press-list" role="list">
          <For each={props.overview.pressReleases}>
            {(release) => (
              <li>
                <Show when={release.issuedOn}>
                  {(issuedOn) => (
                    <>
                      <time datetime={issuedOn()}>{formatLocalDate(issuedOn())}</time>:{' '}
                    </>
                  )}
                </Show>
                <A href={`/dokumenty/${release.id}`}>{release.title}</A>
                <Show when={!release.isPublic}> ({documentMessages().private})</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Section>
  );
}

/** webcal:// opens the calendar app on phones and desktops; the https link is for pasting into Google Calendar. */
export function CalendarLinks(props: { path: string }) {
  const httpsUrl = () => new URL(props.path, location.origin).href;
  const webcalUrl = () => httpsUrl().replace(/^https?:/, 'webcal:');
  return (
    <div class="calendar-links">
      <p>
        <a class="button" href={webcalUrl()}>
          {m().subscribe}
        </a>
      </p>
      <p class="muted">{m().subscribeHint}</p>
      <p>
        {m().subscribeHttps}: <a href={httpsUrl()} class="calendar-links__url">{httpsUrl()}</a>
      </p>
    </div>
  );
}

export function MeetingsSection(props: { overview: TerritoryOverview; slug: string }) {
  return (
    <Section id="meetings-title" title={m().meetingsHeading}>
      <Show when={props.overview.upcomingMeetings.length > 0} fallback={<p class="muted">{m().noMeetings}</p>}>
        <MeetingList meetings={props.overview.upcomingMeetings} showTerritory={props.overview.territory.subTerritories.length > 0} />
      </Show>
      <CalendarLinks path={`/api/territories/${encodeURIComponent(props.slug)}/calendar.ics`} />
    </Section>
  );
}
