/** The act model the build ships, decoded on the first message that names a condition. */
import { lazyDecoded } from '../model/load';
import { type ActModel, decodeActModel } from './act-model';
import { ACT_HEADER, ACT_WEIGHTS } from './act-weights.generated';

export const shippedActModel = lazyDecoded<ActModel>(() => decodeActModel(ACT_HEADER, ACT_WEIGHTS));
