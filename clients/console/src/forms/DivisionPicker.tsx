import { Cascader } from "antd";
import { useEffect, useState } from "react";
import { graph } from "../graph/client";
import { Divisions } from "../graph/operations";

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const TOWNSHIP_LEVEL = 4;

async function childrenOf(parentCode: string): Promise<Option[]> {
  const { divisions } = await graph(Divisions, { parentCode });
  return divisions.map((division) => ({ value: division.code, label: division.name, isLeaf: division.level >= TOWNSHIP_LEVEL }));
}

/** Codes from the league/city down to the township: the national division tree, loaded level by level. */
function prefixes(path: string[] | undefined): string[] {
  return path?.slice(0, -1) ?? [];
}

interface Props {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  "aria-invalid"?: boolean;
  /** A filter may stop at any level; a dispute's place must reach the township. */
  anyLevel?: boolean;
  "aria-label"?: string;
}

/** 纠纷发生地: picked from 内蒙古's division tree down to the township (苏木/乡/镇/街道). */
export function DivisionPicker({ id, value, onChange, anyLevel = false, ...rest }: Props) {
  const [options, setOptions] = useState<Option[]>([]);

  useEffect(() => {
    let live = true;
    // A restored draft shows its path: load each level it passes through.
    void (async () => {
      const top = await childrenOf("15");
      let level = top;
      for (const code of prefixes(value)) {
        const node = level.find((option) => option.value === code);
        if (!node) break;
        node.children = await childrenOf(code);
        level = node.children;
      }
      if (live) setOptions(top);
    })();
    return () => {
      live = false;
    };
    // Only on mount: later changes come from the picker itself.
  }, []);

  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    if (!target) return;
    target.children = await childrenOf(target.value);
    setOptions((current) => [...current]);
  };

  return (
    <Cascader<Option>
      id={id}
      aria-invalid={rest["aria-invalid"]}
      aria-label={rest["aria-label"]}
      options={options}
      value={value}
      loadData={(selected) => void loadData(selected as Option[])}
      onChange={(next) => onChange?.((next ?? []).map(String))}
      changeOnSelect={anyLevel}
      allowClear={anyLevel}
      placeholder={anyLevel ? "全部辖区" : "选择盟市 / 旗县区 / 苏木乡镇街道"}
      style={{ width: "100%" }}
      showSearch={false}
    />
  );
}
