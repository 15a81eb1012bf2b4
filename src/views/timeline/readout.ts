/** The window readout under the timeline; the text is shared with the exported image (src/calendar/windowText.ts). */
export { readoutText } from '../../calendar/windowText';
