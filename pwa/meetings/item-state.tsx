import type { ItemState } from './meeting-data.ts';
import { meetingMessages } from './messages.ts';

/**
 * Where one item stands: saved on this device, waiting, sent, in conflict. Not a live region: a field's state is read
 * with the field (`aria-describedby`), the header's badge carries the totals.
 */
export function ItemStateLabel(props: { state: ItemState | 'saving'; id?: string }) {
  const m = meetingMessages;
  const text = () => (props.state === 'saving' ? m().saving : m().state[props.state]);
  return (
    <span class={`item-state item-state--${props.state}`} id={props.id}>
      <span class="item-state__icon" aria-hidden="true" />
      {text()}
    </span>
  );
}
