import { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import { layoutPanels, type PanelLayout, type PanelModel, type TextBox, type Tone } from './layout';
import styles from './styles.module.css';

const TONE_CLASS: Record<Tone, string | undefined> = {
  hardware: styles.hardware,
  hostOs: styles.hostOs,
  kernel: styles.kernel,
  hypervisor: styles.hypervisor,
  runtime: styles.runtime,
  guestOs: styles.guestOs,
  virtualHardware: styles.virtualHardware,
  libs: styles.libs,
  app: styles.app,
};

const LINE_HEIGHT = 1.25;

/** Text centred in its box (or, with `align="start"`, on its left edge), one tspan per line. */
function Label({
  box,
  align = 'middle',
  className,
}: {
  readonly box: TextBox;
  readonly align?: 'middle' | 'start';
  readonly className?: string;
}): ReactNode {
  const lineHeight = box.fontSize * LINE_HEIGHT;
  const x = align === 'middle' ? box.x + box.width / 2 : box.x;
  const firstBaseline =
    box.y + box.height / 2 - ((box.lines.length - 1) * lineHeight) / 2 + box.fontSize * 0.35;
  return (
    <text x={x} textAnchor={align} fontSize={box.fontSize} className={className}>
      {box.lines.map((line, index) => (
        <tspan key={index} x={x} y={firstBaseline + index * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Panel({ layout }: { readonly layout: PanelLayout }): ReactNode {
  return (
    <svg
      className={styles.panel}
      viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
      aria-hidden="true"
      focusable="false"
    >
      {layout.frames.map((frame, index) => (
        <g key={`frame-${String(index)}`}>
          <rect
            className={frame.kind === 'vm' ? styles.vmFrame : styles.containerFrame}
            x={frame.x}
            y={frame.y}
            width={frame.width}
            height={frame.height}
            rx={6}
          />
          <Label
            box={{ ...frame, x: frame.x + 5, y: frame.y + 1, height: 16 }}
            align="start"
            className={styles.frameLabel}
          />
        </g>
      ))}
      {layout.shapes.map((shape, index) => (
        <g key={`shape-${String(index)}`}>
          <rect
            className={clsx(styles.shape, TONE_CLASS[shape.tone])}
            x={shape.x}
            y={shape.y}
            width={shape.width}
            height={shape.height}
            rx={4}
          />
          <Label box={shape} className={styles.text} />
        </g>
      ))}
      {layout.labels.map((label, index) => (
        <Label key={`label-${String(index)}`} box={label} align="start" className={styles.text} />
      ))}
      <Label box={layout.title} className={styles.title} />
    </svg>
  );
}

export interface DiagramFigureProps {
  /** Accessible name of the diagram, also shown as its caption. */
  readonly title: string;
  /** What the diagram shows, in full sentences, for readers who cannot see it. */
  readonly description: string;
  readonly panels: readonly PanelModel[];
}

/**
 * A diagram: panels drawn as inline SVG that wrap onto several lines on narrow screens, exposed to
 * assistive technology as one image with a name (the caption) and a longer description.
 */
export default function DiagramFigure({
  title,
  description,
  panels,
}: DiagramFigureProps): ReactNode {
  const id = useId();
  return (
    <figure className={styles.figure}>
      <div
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        className={styles.panels}
      >
        {layoutPanels(panels).map((layout, index) => (
          <Panel key={index} layout={layout} />
        ))}
      </div>
      {/* Before the caption: a figure's caption is its first or last child (HTML). */}
      <p id={`${id}-description`} className="visually-hidden">
        {description}
      </p>
      <figcaption id={`${id}-title`} className={styles.caption}>
        {title}
      </figcaption>
    </figure>
  );
}
