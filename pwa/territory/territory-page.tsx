import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource } from 'solid-js';
import { ApiError, type Territory, fetchTerritory } from '../lib/api.ts';
import { t } from '../lib/i18n.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import './territory.css';

/** A slug the API rejects as malformed (400) names no territory either; to the reader both are "not found". */
const isUnknownTerritory = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/** Districts type their web address as they say it ("www.tabor.cz"); a link needs the scheme. */
function webLink(web: string | null): { href: string; label: string } | undefined {
  if (!web) return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(web) ? web : `https://${web}`);
    return { href: url.href, label: url.host.replace(/^www\./, '') + url.pathname.replace(/\/$/, '') };
  } catch {
    return undefined;
  }
}

/** One territory. For now its name and story; its catalogue, plan and meetings follow in their own screens. */
export function TerritoryPage() {
  const params = useParams<{ slug: string }>();
  const [territory, { refetch }] = createResource(() => params.slug, fetchTerritory);

  return (
    <>
      <p class="back-link">
        <A href="/">
          <span aria-hidden="true">←</span>
          {t().territory.backToList}
        </A>
      </p>
      <Switch>
        <Match when={territory.error && isUnknownTerritory(territory.error)}>
          <NotFoundMessage title={t().notFound.territoryTitle} text={t().notFound.territoryText} />
        </Match>
        <Match when={territory.error}>
          {(error) => (
            <>
              <h1>{t().territory.loadFailed}</h1>
              <ErrorNotice error={error()} onRetry={() => void refetch()} />
            </>
          )}
        </Match>
        <Match when={territory.loading}>
          <Loading label={t().territory.loading} />
        </Match>
        <Match when={territory()}>{(loaded) => <TerritoryDetail territory={loaded()} />}</Match>
      </Switch>
    </>
  );
}

function TerritoryDetail(props: { territory: Territory }) {
  usePageTitle(() => props.territory.name);
  return (
    <article class="territory" aria-labelledby="territory-title">
      <h1 id="territory-title">{props.territory.name}</h1>
      <p class="meta-line">
        <span class="badge">{t().territory.kind[props.territory.kind]}</span>
        <span>{props.territory.regionName}</span>
      </p>
      <Show when={props.territory.planningSince}>{(year) => <p>{t().territory.planningSince(year())}</p>}</Show>
      <Show when={props.territory.description} fallback={<p class="muted">{t().territory.noDescription}</p>}>
        {(description) => <p class="territory__description">{description()}</p>}
      </Show>
      <Show when={webLink(props.territory.web)}>
        {(link) => (
          <p>
            {t().territory.web}: <a href={link().href}>{link().label}</a>
          </p>
        )}
      </Show>
    </article>
  );
}
