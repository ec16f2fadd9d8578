import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import type { PoolConfig } from '../../../shared/model/pool-config';

const list = (items: string[], none: string): string => (items.length > 0 ? items.join(', ') : none);

/** Settings Cognito fixes when the pool is created, shown read-only with the reason. */
export function FixedSettings({ config }: { config: PoolConfig }) {
  const { fixed } = config;
  const required = fixed.schema.filter((a) => a.required).map((a) => a.name);
  const signIn =
    fixed.usernameAttributes.length > 0
      ? `${fixed.usernameAttributes.join(' or ')} as the username`
      : fixed.aliasAttributes.length > 0
        ? `username, or ${fixed.aliasAttributes.join(' or ')} as an alias`
        : 'username';
  return (
    <Container
      data-testid="fixed-settings"
      header={
        <Header
          variant="h2"
          description="Cognito cannot change these after the pool is created. To change one, create a new pool with the new setting and migrate the users to it."
          info={<Badge color="grey">fixed at creation</Badge>}
        >
          Sign-in identifiers and required attributes
        </Header>
      }
    >
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Users sign in with', value: signIn },
          {
            label: 'Username case sensitivity',
            value:
              fixed.caseSensitive === undefined
                ? 'Not reported by this endpoint'
                : fixed.caseSensitive
                  ? 'Case sensitive'
                  : 'Case insensitive',
          },
          { label: 'Required attributes', value: list(required, 'None') },
          {
            label: 'Custom attributes',
            value: (
              <Box>
                {list(
                  fixed.schema.filter((a) => a.custom).map((a) => a.name),
                  'None',
                )}
                <Box variant="small" color="text-body-secondary">
                  Can be added, never removed or renamed.
                </Box>
              </Box>
            ),
          },
        ]}
      />
    </Container>
  );
}
