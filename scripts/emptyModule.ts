/**
 * Stands in for jsPDF's optional helpers (html2canvas, dompurify, canvg), which jsPDF imports only
 * in `html()` and `addSvgAsImage()`; the app calls neither, so they are not bundled (they would add
 * ~380 kB to the build and to the single-file standalone page).
 */
export default null;
