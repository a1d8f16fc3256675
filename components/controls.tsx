// Shared form pieces: every control has a visible label, a one-line explanation tied to it with
// aria-describedby, and when the organisation set it, it is disabled and says so.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useI18n } from './i18n';

export function LockedNote({ id }: { id?: string }) {
  const { t } = useI18n();
  return (
    <span class="locked" id={id}>
      <span aria-hidden="true">🔒 </span>
      {t('locked')}
    </span>
  );
}

export function Switch(props: {
  label: ComponentChildren;
  desc?: ComponentChildren;
  checked: boolean;
  locked?: boolean;
  onChange: (on: boolean) => void;
  name?: string;
}) {
  const id = useId();
  const described = [props.desc ? `${id}-d` : '', props.locked ? `${id}-l` : ''].filter(Boolean).join(' ');
  return (
    <div class={`switch${props.locked ? ' is-locked' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        aria-checked={props.checked}
        id={id}
        name={props.name}
        checked={props.checked}
        disabled={props.locked}
        aria-describedby={described || undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={id}>{props.label}</label>
        {props.desc ? (
          <div class="desc" id={`${id}-d`}>
            {props.desc}
          </div>
        ) : null}
        {props.locked ? <LockedNote id={`${id}-l`} /> : null}
      </div>
    </div>
  );
}

export function RadioGroup<V extends string>(props: {
  legend: ComponentChildren;
  /** When a section heading already says it, keep the legend for screen readers only. */
  hideLegend?: boolean;
  name: string;
  value: V;
  locked?: boolean;
  options: { value: V; label: ComponentChildren; desc?: ComponentChildren }[];
  onChange: (v: V) => void;
}) {
  const id = useId();
  return (
    <fieldset disabled={props.locked} aria-describedby={props.locked ? `${id}-l` : undefined}>
      <legend class={props.hideLegend ? 'visually-hidden' : undefined}>{props.legend}</legend>
      {props.locked ? <LockedNote id={`${id}-l`} /> : null}
      {props.options.map((o) => (
        <div class="radio" key={o.value}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            aria-describedby={o.desc ? `${id}-${o.value}-d` : undefined}
            onChange={() => props.onChange(o.value)}
          />
          <div>
            <label for={`${id}-${o.value}`}>{o.label}</label>
            {o.desc ? (
              <div class="desc" id={`${id}-${o.value}-d`}>
                {o.desc}
              </div>
            ) : null}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A titled part of the popup. `fold`: closed until its heading is clicked (or activated by keyboard),
 * so the first view holds only what is needed at a glance. `quiet`: the heading is for screen readers
 * only, where the controls already say what they are about.
 */
export function Section(props: {
  title: ComponentChildren;
  id: string;
  fold?: boolean;
  quiet?: boolean;
  children: ComponentChildren;
}) {
  const heading = (
    <h2 id={`${props.id}-h`} class={props.quiet ? 'visually-hidden' : undefined}>
      {props.title}
    </h2>
  );
  if (props.fold) {
    return (
      <details id={props.id} class="fold">
        <summary>{heading}</summary>
        <div class="fold-body">{props.children}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby={`${props.id}-h`} id={props.id}>
      {heading}
      {props.children}
    </section>
  );
}
