import { A, useParams } from '@solidjs/router';
import type * as v from 'valibot';
import { StoredMonitoring } from '../../schema/stored/plan-pages.ts';
import { api, request } from '../lib/api.ts';
import { locale } from '../lib/i18n.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { PairChart, ProgressChart } from './charts.tsx';
import { monitoringMessages, planMessages } from './messages.ts';
import { SnapshotScreen } from './snapshot-screen.tsx';
import '../territory/territory.css';
import './plan.css';

type Monitoring = v.InferOutput<typeof StoredMonitoring>;

const fetchMonitoring = (id: string) => request(api.api.plans[':id'].monitoring.$get({ param: { id } }));

/** `/plany/:id/monitoring`: how far the plan has got, by target group and priority, and money planned vs spent. */
export function MonitoringPage() {
  const params = useParams<{ id: string }>();
  const [monitoring, { refetch }] = createSnapshotResource(() => `plan-monitoring:${params.id}`, () => fetchMonitoring(params.id), StoredMonitoring);
  return (
    <SnapshotScreen resource={monitoring} refetch={refetch} notFound={{ title: planMessages().notFoundTitle, text: planMessages().notFoundText }} failedTitle={monitoringMessages().title}>
      {(data) => <MonitoringView monitoring={data} />}
    </SnapshotScreen>
  );
}

function MonitoringView(props: { monitoring: Monitoring }) {
  const m = monitoringMessages;
  const p = planMessages;
  const plan = () => props.monitoring.plan;
  usePageTitle(() => `${m().title} – ${plan().title}`);
  const sectionTitle = new Map(props.monitoring.byTargetGroup.map((s) => [s.sectionId, s.title]));
  // Priorities repeat per chapter (each target group has its Priorita 1–3), so each is named with its chapter.
  const priorityLabel = (priority: Monitoring['byPriority'][number]) => `${sectionTitle.get(priority.sectionId) ?? ''} – ${p().kind[priority.kind].toLowerCase()}`;
  const sectionOrder = new Map(props.monitoring.byTargetGroup.map((s, index) => [s.sectionId, index]));
  const priorities = () => [...props.monitoring.byPriority].sort((a, b) => (sectionOrder.get(a.sectionId) ?? 0) - (sectionOrder.get(b.sectionId) ?? 0));
  const compact = (value: number) =>
    new Intl.NumberFormat(locale() === 'en' ? 'en-GB' : 'cs-CZ', { style: 'currency', currency: 'CZK', notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return (
    <article class="plan-page" aria-labelledby="monitoring-title">
      <p class="back-link">
        <A href={`/plany/${plan().id}`}>
          <span aria-hidden="true">←</span>
          {plan().title}
        </A>
      </p>
      <h1 id="monitoring-title">{m().title}</h1>
      <p>
        <strong>{plan().title}</strong>. {m().latest(props.monitoring.latestEvaluatedYear)}
      </p>
      <ProgressChart
        title={m().byTargetGroup}
        description={m().progressDesc}
        items={props.monitoring.byTargetGroup.map((s) => ({ label: s.title, value: s.averageProgress }))}
      />
      <ProgressChart
        title={m().byPriority}
        description={m().progressDesc}
        items={priorities().map((priority) => ({ label: priorityLabel(priority), value: priority.averageProgress }))}
      />
      <ProgressChart
        title={m().byPriorityKind}
        description={m().progressDesc}
        items={props.monitoring.byPriorityKind.map((kind) => ({ label: p().kind[kind.kind], value: kind.averageProgress }))}
      />
      <PairChart
        title={m().money}
        description={m().moneyDesc}
        names={[m().planned, m().spent]}
        items={props.monitoring.byYear.map((year) => ({ label: String(year.year), first: year.plannedCzk, second: year.spentCzk }))}
        format={compact}
      />
    </article>
  );
}
