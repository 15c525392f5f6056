import { For, type JSX, Show } from 'solid-js';
import { locale } from '../lib/i18n.ts';
import { ActivityDetail } from './activity-detail.tsx';
import { AddActivity, AddMeasure, type EditContext } from './plan-edit.tsx';
import { planMessages } from './messages.ts';
import { type Activity, type Measure, nodeAnchor, type PlanSnapshot, type Priority, type Section } from './plan-data.ts';

const m = planMessages;

export type TreeState = {
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
};

type TreeProps = { snapshot: PlanSnapshot; state: TreeState; edit: EditContext };

/**
 * One branch of the tree as a disclosure: a heading whose button opens the children, and a link that is the node's
 * address. Children are rendered only when open, so a plan of a thousand activities draws only what is looked at.
 */
function Node(props: {
  id: string;
  level: 3 | 4 | 5 | 6;
  kind: 'section' | 'priority' | 'measure' | 'activity';
  code?: string;
  label: string;
  extra?: JSX.Element;
  state: TreeState;
  children: () => JSX.Element;
}) {
  const anchor = () => nodeAnchor(props.id);
  const open = () => props.state.isOpen(props.id);
  const heading = () => (
    <button
      type="button"
      class="tree__toggle"
      aria-expanded={open()}
      aria-controls={open() ? `${anchor()}-body` : undefined}
      onClick={() => props.state.toggle(props.id)}
    >
      <span class="tree__chevron" aria-hidden="true" />
      <span class="tree__label">
        <Show when={props.code}>
          <span class="tree__code">{props.code}</span>{' '}
        </Show>
        {props.label}
      </span>
    </button>
  );
  return (
    <li class={`tree__node tree__node--${props.kind}`} id={anchor()} tabindex="-1">
      <div class="tree__row">
        {props.level === 3 ? <h3>{heading()}</h3> : props.level === 4 ? <h4>{heading()}</h4> : props.level === 5 ? <h5>{heading()}</h5> : <h6>{heading()}</h6>}
        <a class="tree__link" href={`#${anchor()}`} aria-label={`${m().nodeLink}: ${props.code ? `${props.code} ` : ''}${props.label}`}>
          #
        </a>
      </div>
      {props.extra}
      <Show when={open()}>
        <div class="tree__body" id={`${anchor()}-body`}>
          {props.children()}
        </div>
      </Show>
    </li>
  );
}

function sectionLabel(snapshot: PlanSnapshot, section: Section) {
  const group = section.targetGroupCode ? snapshot.names.targetGroups[section.targetGroupCode] : undefined;
  if (locale() === 'en' && group?.nameEn && section.title === group.name) return group.nameEn;
  return section.title;
}

export function PlanTree(props: TreeProps & { sections: Section[] }) {
  return (
    <ul class="tree" role="list">
      <For each={props.sections}>{(section) => <SectionNode {...props} section={section} />}</For>
    </ul>
  );
}

function SectionNode(props: TreeProps & { section: Section }) {
  return (
    <Node id={props.section.id} level={3} kind="section" label={sectionLabel(props.snapshot, props.section)} state={props.state}>
      {() => (
        <>
          <Show when={props.section.workingGroupId && props.snapshot.names.workingGroups[props.section.workingGroupId]}>
            {(group) => (
              <p class="tree__meta">
                {m().workingGroup}: {group()}
              </p>
            )}
          </Show>
          <ul class="tree" role="list">
            <For each={props.section.priorities}>{(priority) => <PriorityNode {...props} priority={priority} />}</For>
          </ul>
        </>
      )}
    </Node>
  );
}

function PriorityNode(props: TreeProps & { priority: Priority }) {
  return (
    <Node id={props.priority.id} level={4} kind="priority" label={props.priority.title} state={props.state}>
      {() => (
        <>
          <p class="tree__meta">
            <span class="badge">{m().kind[props.priority.kind]}</span>
          </p>
          <ul class="tree" role="list">
            <For each={props.priority.measures}>{(measure) => <MeasureNode {...props} measure={measure} />}</For>
          </ul>
          <AddMeasure edit={props.edit} priority={props.priority} />
        </>
      )}
    </Node>
  );
}

function MeasureNode(props: TreeProps & { measure: Measure }) {
  return (
    <Node id={props.measure.id} level={5} kind="measure" code={props.measure.code} label={props.measure.title} state={props.state}>
      {() => (
        <>
          <Show when={props.measure.need}>
            {(need) => (
              <p class="tree__text">
                <strong>{m().need}:</strong> {need()}
              </p>
            )}
          </Show>
          <Show when={props.measure.description}>{(description) => <p class="tree__text">{description()}</p>}</Show>
          <ul class="tree" role="list">
            <For each={props.measure.activities}>{(activity) => <ActivityNode {...props} activity={activity} />}</For>
          </ul>
          <AddActivity edit={props.edit} measure={props.measure} />
        </>
      )}
    </Node>
  );
}

function ActivityNode(props: TreeProps & { activity: Activity }) {
  return (
    <Node id={props.activity.id} level={6} kind="activity" code={props.activity.code} label={props.activity.title} state={props.state}>
      {() => <ActivityDetail activity={props.activity} snapshot={props.snapshot} edit={props.edit} />}
    </Node>
  );
}
