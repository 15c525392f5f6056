import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource } from 'solid-js';
import { ApiError, api, request } from '../lib/api.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { fileTypeLabel, formatBytes, formatLocalDate } from './format.ts';
import { documentMessages } from './messages.ts';
import type { DocumentDetail } from './types.ts';
import './documents.css';

const fetchDocument = async (id: string) => (await request(api.api.documents[':id'].$get({ param: { id } }))).document;

const isUnknown = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/** One document: a press release written in the app is read here; any other document offers its file. */
export function DocumentPage() {
  const params = useParams<{ id: string }>();
  const [document, { refetch }] = createResource(() => params.id, fetchDocument);
  const m = documentMessages;
  return (
    <Switch>
      <Match when={document.error && isUnknown(document.error)}>
        <NotFoundMessage title={m().notFoundTitle} text={m().notFoundText} />
      </Match>
      <Match when={document.error}>
        {(error) => (
          <>
            <h1>{m().loadFailed}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={document.loading}>
        <Loading label={m().loading} />
      </Match>
      <Match when={document()}>{(loaded) => <DocumentDetailView document={loaded()} />}</Match>
    </Switch>
  );
}

function DocumentDetailView(props: { document: DocumentDetail }) {
  const m = documentMessages;
  usePageTitle(() => props.document.title);
  return (
    <article class="press-release" aria-labelledby="document-title">
      <p class="meta-line">
        <span class="badge">{m().kind[props.document.kind]}</span>
        <Show when={props.document.issuedOn}>
          {(issuedOn) => (
            <span>
              {m().issued}: <time datetime={issuedOn()}>{formatLocalDate(issuedOn())}</time>
            </span>
          )}
        </Show>
        <Show when={!props.document.isPublic}>
          <span class="badge badge--private">{m().private}</span>
        </Show>
      </p>
      <h1 id="document-title">{props.document.title}</h1>
      {/* bodyHtml is rendered from Markdown and sanitized by the Worker (worker/files/markdown.ts); no other field is ever inserted as HTML. */}
      <Show when={props.document.bodyHtml}>{(html) => <div class="press-release__body" innerHTML={html()} />}</Show>
      <Show when={props.document.fileUrl}>
        {(url) => (
          <p>
            <a class="button" href={url()} download={props.document.fileName ?? ''}>
              {m().download} ({fileTypeLabel(props.document.mimeType, props.document.fileName)}
              <Show when={props.document.sizeBytes}>{(size) => <>, {formatBytes(size())}</>}</Show>)
            </a>
          </p>
        )}
      </Show>
      <p class="back-link">
        <A href={`/uzemi/${props.document.territoryId}`}>
          <span aria-hidden="true">←</span>
          {m().backToTerritory}
        </A>
      </p>
    </article>
  );
}
