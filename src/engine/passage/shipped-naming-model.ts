/** The naming model the build ships, decoded on the first message analysed. */
import { lazyDecoded } from '../model/load';
import { decodeNamingModel, type NamingModel } from './naming-model';
import { NAMING_HEADER, NAMING_WEIGHTS } from './naming-weights.generated';

export const shippedNamingModel = lazyDecoded<NamingModel>(() =>
  decodeNamingModel(NAMING_HEADER, NAMING_WEIGHTS),
);
