import { encode } from 'uqr';
import { createMemo } from 'solid-js';

/**
 * A QR code drawn as one SVG path from the encoded modules: no markup string is ever parsed (the link is ours, but
 * nothing on these screens goes through innerHTML).
 */
export function QrCode(props: { value: string; label: string }) {
  const qr = createMemo(() => encode(props.value, { ecc: 'M', border: 2 }));
  const path = createMemo(() => {
    const parts: string[] = [];
    qr().data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
      }),
    );
    return parts.join('');
  });
  return (
    <svg class="qr-code" viewBox={`0 0 ${qr().size} ${qr().size}`} role="img" aria-label={props.label} shape-rendering="crispEdges">
      <rect width={qr().size} height={qr().size} fill="#fff" />
      <path d={path()} fill="#000" />
    </svg>
  );
}
