// Stand-in for generated Docusaurus modules that component tests do not use.
const empty = {};
export default empty;
