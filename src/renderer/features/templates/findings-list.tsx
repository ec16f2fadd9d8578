import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { Finding } from '../../../shared/templates/finding';

interface Props {
  findings: readonly Finding[];
  readOnly: boolean;
  onFix: (finding: Finding) => void;
}

/** Where in the text a finding is, as a person counts ("body, character 18"). */
const where = (f: Finding): string => `${f.field}, character ${f.start + 1}`;

/** The lint findings of one message, errors first, each with its quick fix where one is obvious. */
export function FindingsList({ findings, readOnly, onFix }: Props) {
  if (findings.length === 0) return null;
  const groups = (['error', 'warning'] as const)
    .map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.items.length > 0);
  return (
    <SpaceBetween size="xs">
      {groups.map((g) => (
        <Alert
          key={g.severity}
          type={g.severity}
          header={
            g.severity === 'error'
              ? `${g.items.length} problem${g.items.length === 1 ? '' : 's'} to fix before saving`
              : `${g.items.length} warning${g.items.length === 1 ? '' : 's'}`
          }
        >
          <SpaceBetween size="xs">
            {g.items.map((f) => (
              <div key={`${f.rule}-${f.field}-${f.start}`} data-testid={`finding-${f.rule}`}>
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  <Box>
                    {f.message}{' '}
                    <Box variant="small" display="inline">
                      ({where(f)})
                    </Box>
                  </Box>
                  {f.quickFix && !readOnly ? (
                    <Button variant="inline-link" onClick={() => onFix(f)}>
                      {f.quickFix.label}
                    </Button>
                  ) : null}
                </SpaceBetween>
              </div>
            ))}
          </SpaceBetween>
        </Alert>
      ))}
    </SpaceBetween>
  );
}
