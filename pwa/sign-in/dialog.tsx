import { type JSX, Show, createEffect } from 'solid-js';

type ModalProps = {
  open: boolean;
  /** the id of the dialog's heading, which names it */
  labelledBy: string;
  /** called when the dialog closes by itself (Escape) */
  onClose: () => void;
  /** the id of the element to start in; otherwise the browser picks the first focusable one */
  initialFocus?: string;
  children: JSX.Element;
};

/**
 * A native modal `<dialog>`: the browser keeps the focus inside, closes it on Escape and makes the page behind it
 * inert, which a hand-made overlay gets wrong in one way or another.
 */
export function Modal(props: ModalProps) {
  let dialog!: HTMLDialogElement;
  createEffect(() => {
    if (props.open && !dialog.open) {
      dialog.showModal();
      if (props.initialFocus) document.getElementById(props.initialFocus)?.focus();
    }
    else if (!props.open && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby={props.labelledBy} onClose={() => props.onClose()}>
      <Show when={props.open}>{props.children}</Show>
    </dialog>
  );
}
