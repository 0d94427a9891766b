// Start-up: install the network transport, follow the address bar, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createTransport } from './net';
import { setTransport, useStore } from './store';
import './styles.css';

setTransport(createTransport());
window.addEventListener('popstate', () => useStore.getState().syncRoute());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
