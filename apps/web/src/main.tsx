// First, before React and antd: it starts the requests of the page being opened.
import './app/early-requests.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { afterFirstScreenPainted } from './app/first-screen.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
afterFirstScreenPainted(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
