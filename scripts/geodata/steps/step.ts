/** A build step: one generated file, the files it is made from, and the code that makes it. */
import type { FeatureCollection } from 'geojson';
import type { Area, PointFeature, Tree } from '../../lib/tree';

export interface Base {
  counties: Map<string, Area>;
  seats: PointFeature[];
}

export interface Step {
  /** The generated file, under geodata/. */
  output: string;
  /** Every file it is made from, under geodata/ (their hashes go into the build manifest). */
  inputs: string[];
  /** The collection, or undefined when an input is unusable (the problems are in tree.problems). */
  run(tree: Tree, base: Base): FeatureCollection | undefined;
}
