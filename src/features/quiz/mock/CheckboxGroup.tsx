type Option = { value: string; label: string };

type Props = {
  legend: string;
  hint: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
};

export function CheckboxGroup({ legend, hint, options, selected, onChange }: Props) {
  const toggle = (value: string, isChecked: boolean) =>
    onChange(isChecked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      <p className="meta">{hint}</p>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
