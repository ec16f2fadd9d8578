import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';

/** A deep link to no screen (an old bookmark, a typo): says so instead of showing an empty page. */
export function NotFound() {
  return (
    <Container header={<Header variant="h1">Not found</Header>}>
      <Box variant="p" color="text-body-secondary">
        There is no such screen. Choose one on the left.
      </Box>
    </Container>
  );
}
