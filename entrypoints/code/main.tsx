import { render } from 'preact';
import { CodePage } from './CodePage';
import './style.css';
import './print.css';

const root = document.getElementById('app');
if (root) render(<CodePage />, root);
