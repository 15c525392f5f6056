// The base stylesheet first, so each screen's own CSS comes after it in the cascade.
import './ui/styles.css';
import { render } from 'solid-js/web';
import { App } from './app.tsx';
import { takeOverPrerendered } from './lib/prerendered.ts';
import { applyStoredLocale } from './lib/i18n.ts';

applyStoredLocale();

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
takeOverPrerendered(root, (into) => render(() => <App />, into));
