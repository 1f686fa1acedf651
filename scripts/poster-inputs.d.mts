/** Types for poster-inputs.mjs, which Node runs as it is. */
export declare const POSTER_SIZES: {width: number; height: number}[];
export declare const PRESENTER_SIZES: {width: number; height: number}[];
export declare function posterInputsDigest(root: string): string;
