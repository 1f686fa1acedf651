/**
 * Moving dashes along the arcs, so the direction of every flow reads without colour. A deck.gl
 * layer extension: one uniform block (time, dash count) and a fragment hook that dims the gaps
 * between dashes. The element advances `flowTime` each frame while the map is on screen.
 */
import {LayerExtension, type Layer} from '@deck.gl/core';

const uniformBlock = `\
layout(std140) uniform flowUniforms {
  float time;
  float dashes;
} flow;
`;

const flowModule = {
  name: 'flow',
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: {time: 'f32', dashes: 'f32'},
} as const;

export interface FlowProps {
  /** Seconds; the dashes move one dash length per unit. */
  flowTime?: number;
  /** Dashes along each arc. */
  flowDashes?: number;
}

export class FlowExtension extends LayerExtension {
  static extensionName = 'FlowExtension';
  static defaultProps = {flowTime: 0, flowDashes: 10};

  getShaders() {
    return {
      modules: [flowModule],
      inject: {
        // geometry.uv.x runs from 0 at the source to 1 at the target of the arc.
        'fs:DECKGL_FILTER_COLOR': `
          float phase = fract(geometry.uv.x * flow.dashes - flow.time);
          color.a *= mix(0.4, 1.0, smoothstep(0.0, 0.08, phase) * (1.0 - smoothstep(0.55, 0.63, phase)));
        `,
      },
    };
  }

  draw(this: Layer<FlowProps>) {
    this.setShaderModuleProps({flow: {time: this.props.flowTime ?? 0, dashes: this.props.flowDashes ?? 10}});
  }
}
