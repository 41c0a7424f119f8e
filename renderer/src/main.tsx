import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The page's own styles first: the components' style sheets (kiosk, export panel) build on them.
import './fonts.css';
import './styles.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
