/** The mdast nodes the remark plugins read, and the `import` statements they add to MDX files. */
export interface MdastNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: unknown;
  readonly data?: unknown;
  /** An MDX element's attributes (`<Term id="kernel">`). */
  attributes?: MdxAttribute[];
  children?: MdastNode[];
  readonly position?: { readonly start: { readonly line: number; readonly column: number } };
}

/** An attribute of an MDX element: `mdxJsxAttribute` with a string or expression value. */
export interface MdxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

/**
 * An `import` statement as an MDX ESM node, with the estree MDX compiles from: `import '<module>';`
 * or, given a binding, `import <binding> from '<module>';`.
 */
export function mdxjsEsmImport(module: string, binding?: string): MdastNode {
  const source = { type: 'Literal', value: module, raw: JSON.stringify(module) };
  const specifiers =
    binding === undefined
      ? []
      : [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: binding } }];
  return {
    type: 'mdxjsEsm',
    value:
      binding === undefined
        ? `import ${JSON.stringify(module)};`
        : `import ${binding} from ${JSON.stringify(module)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{ type: 'ImportDeclaration', specifiers, source }],
      },
    },
  };
}
