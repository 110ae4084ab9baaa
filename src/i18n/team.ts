// The team space's message catalogues, added to t() when this module runs. It is imported by the
// code that shows these words (the team, setup and sync screens, the workshop feedback, the sync
// status), so the catalogues load with those screens and the kiosk's first load never carries them
// (issue 14 point 12: they were about 40 % of its initial JavaScript). A screen's chunk imports it
// statically, so the words are there before the screen's first render: no key is ever shown.
import { addMessages } from './index';
import { agent } from './messages/agent';
import { field } from './messages/field';
import { setup } from './messages/setup';
import { skills } from './messages/skills';
import { sync } from './messages/sync';

addMessages(agent, setup, sync, skills, field);
