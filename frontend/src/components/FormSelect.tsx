import { Select, type SelectProps } from 'antd';

/**
 * antd 5's Select inside a required Form.Item gets aria-required on its root <div>, which has no
 * role (ant-design/ant-design#46030): axe's aria-allowed-attr. Drop it there; the visible mark and
 * the error message still tell that the field is required.
 */
export function FormSelect(props: SelectProps & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Select {...rest} />;
}
