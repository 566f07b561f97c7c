import type { DetailedHTMLProps, HTMLAttributes } from 'react'

type WidgetProps<Attributes> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Attributes

// The widgets' elements as these pages write them (attributes as in widgets/README.md).
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kk-signup-form': WidgetProps<{ session: string; 'heading-level'?: number }>
      'kk-service-request': WidgetProps<{ service: string; 'form-only'?: boolean; 'heading-level'?: number }>
    }
  }
}
