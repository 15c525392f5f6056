import { A, useParams } from '@solidjs/router';
import { Match, Switch, createResource } from 'solid-js';
import { ApiError, api, request } from '../lib/api.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { ActivityChecklist } from './checklist.tsx';
import { projectMessages } from './messages.ts';
import { ProjectFacts } from './project-facts.tsx';
import type { Project } from './types.ts';
import './projects.css';

const fetchProject = async (id: string) => (await request(api.api.projects[':id'].$get({ param: { id } }))).project;

const isUnknown = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

export function ProjectPage() {
  const params = useParams<{ id: string }>();
  const [project, { refetch }] = createResource(() => params.id, fetchProject);
  const m = projectMessages;
  return (
    <Switch>
      <Match when={project.error && isUnknown(project.error)}>
        <NotFoundMessage title={m().notFoundTitle} text={m().notFoundText} />
      </Match>
      <Match when={project.error}>
        {(error) => (
          <>
            <h1>{m().loadFailed}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={project.loading}>
        <Loading label={m().loading} />
      </Match>
      <Match when={project()}>{(loaded) => <ProjectDetail project={loaded()} />}</Match>
    </Switch>
  );
}

function ProjectDetail(props: { project: Project }) {
  const m = projectMessages;
  usePageTitle(() => props.project.name);
  return (
    <article aria-labelledby="project-title">
      <p class="back-link">
        <A href={`/uzemi/${props.project.territoryId}`}>
          <span aria-hidden="true">←</span>
          {m().back}
        </A>
      </p>
      <h1 id="project-title">{props.project.name}</h1>
      <ProjectFacts project={props.project} />
      <h2>{m().checklistTitle}</h2>
      <ActivityChecklist activities={props.project.activities} underHeading />
    </article>
  );
}
