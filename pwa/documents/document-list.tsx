import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { fileTypeLabel, formatBytes, formatLocalDate } from './format.ts';
import { documentMessages } from './messages.ts';
import type { DocumentSummary } from './types.ts';
import './documents.css';

/** Documents to download: a plain list, since on a phone a table of five columns would not fit. */
export function DocumentList(props: { documents: DocumentSummary[] }) {
  const m = documentMessages;
  return (
    <ul class="document-list" role="list">
      <For each={props.documents}>
        {(document) => (
          <li class="document">
            <p class="document__title">
              <Show when={document.fileUrl} fallback={<A href={`/dokumenty/${document.id}`}>{document.title}</A>}>
                {(url) => (
                  <a href={url()} download={document.fileName ?? ''}>
                    {document.title}
                  </a>
                )}
              </Show>
            </p>
            <p class="meta-line document__meta">
              <span class="badge">{m().kind[document.kind]}</span>
              <span>
                <Show when={document.issuedOn} fallback={m().noDate}>
                  {(issuedOn) => <time datetime={issuedOn()}>{formatLocalDate(issuedOn())}</time>}
                </Show>
              </span>
              <Show when={document.fileUrl}>
                <span>
                  {fileTypeLabel(document.mimeType, document.fileName)}
                  <Show when={document.sizeBytes}>{(size) => <>, {formatBytes(size())}</>}</Show>
                </span>
              </Show>
              <Show when={!document.isPublic}>
                <span class="badge badge--private">{m().private}</span>
              </Show>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}
