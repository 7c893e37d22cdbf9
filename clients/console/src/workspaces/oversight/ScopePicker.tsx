import { Radio, Select, Space } from "antd";
import { useSession } from "../../app/session-context";
import { DivisionPicker } from "../../forms/DivisionPicker";
import { Centres } from "../../graph/oversight-operations";
import { useQuery } from "../../graph/use-query";

export type Scope = { by: "jurisdiction"; place: string[] } | { by: "centre"; centreId?: string };

/** The overdue list's scope: disputes placed in a division subtree, or one centre's own. */
export function ScopePicker({ scope, onChange }: { scope: Scope; onChange: (next: Scope) => void }) {
  const { user } = useSession();
  const centres = useQuery(Centres, { divisionCode: user.jurisdictionCode });
  return (
    <Space wrap>
      <Radio.Group
        optionType="button"
        value={scope.by}
        onChange={(event) => onChange(event.target.value === "centre" ? { by: "centre" } : { by: "jurisdiction", place: [] })}
        options={[
          { value: "jurisdiction", label: "按辖区" },
          { value: "centre", label: "按综治中心" },
        ]}
      />
      {scope.by === "jurisdiction" ? (
        <div style={{ width: 320 }}>
          <DivisionPicker anyLevel aria-label="辖区" value={scope.place} onChange={(place) => onChange({ by: "jurisdiction", place })} />
        </div>
      ) : (
        <Select
          aria-label="综治中心"
          style={{ width: 320 }}
          placeholder="选择综治中心"
          loading={centres.loading}
          value={scope.centreId}
          onChange={(centreId: string) => onChange({ by: "centre", centreId })}
          showSearch={{ optionFilterProp: "label" }}
          options={(centres.data?.centres ?? []).map((centre) => ({ value: centre.id, label: centre.name }))}
        />
      )}
    </Space>
  );
}
