/** The unminified papaparse build, imported by path (see csv.ts for why); same API as 'papaparse'. */
declare module 'papaparse/papaparse.js' {
  import Papa from 'papaparse';
  export default Papa;
}
