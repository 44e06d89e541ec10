import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { appStore } from './store';
import { followLive } from './ui/canvas';
import { recorderFor } from './ui/panels';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The metrics and the services' live views keep history from the first frame, on screen or not.
recorderFor(appStore);
followLive(appStore);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
