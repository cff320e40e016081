import { mount } from 'svelte';
import App from './App.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  // The prerendered default (for first paint and readers without JavaScript) gives way to
  // the live app, which may show another scenario: the link's.
  target.replaceChildren();
  mount(App, { target, props: { search: location.search } });
}
