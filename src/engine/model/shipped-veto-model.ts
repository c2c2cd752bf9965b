/** The veto model the build ships, decoded on the first sentence the rules flag. */
import { lazyDecoded } from './load';
import { decodeVetoModel, type VetoModel } from './veto-model';
import { VETO_HEADER, VETO_WEIGHTS } from './veto-weights.generated';

export const shippedVetoModel = lazyDecoded<VetoModel>(() => decodeVetoModel(VETO_HEADER, VETO_WEIGHTS));
