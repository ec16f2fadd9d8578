import Button from '@cloudscape-design/components/button';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#$%^&*-_=+?'];

/**
 * A password meeting Cognito's strictest default policy (upper, lower, digit, symbol), 16 characters from the
 * platform's CSPRNG; longer when the pool's policy asks for more.
 */
export function generatePassword(minimumLength?: number): string {
  const length = Math.max(16, minimumLength ?? 0);
  const all = SETS.join('');
  const pick = (chars: string, n: number): string => {
    const bytes = crypto.getRandomValues(new Uint32Array(n));
    return Array.from(bytes, (b) => chars[b % chars.length]).join('');
  };
  const chars = (SETS.map((s) => pick(s, 1)).join('') + pick(all, length - SETS.length)).split('');
  const order = crypto.getRandomValues(new Uint32Array(chars.length));
  return chars
    .map((c, i) => ({ c, k: order[i] ?? 0 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.c)
    .join('');
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  /** The pool policy's minimum length, when known. */
  length?: number;
}

/** A password input with a Generate button; shown in clear so the admin can hand it over. */
export function PasswordField({ value, onChange, ariaLabel, length }: Props) {
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Input value={value} onChange={(e) => onChange(e.detail.value)} ariaLabel={ariaLabel} autoComplete={false} />
      <Button onClick={() => onChange(generatePassword(length))}>Generate</Button>
    </SpaceBetween>
  );
}
