import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';

/** An area whose screens arrive with a later issue: says so plainly instead of showing an empty page. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <Container header={<Header variant="h1">{title}</Header>}>
      <Box variant="p" color="text-body-secondary">
        {description}
      </Box>
    </Container>
  );
}
