// The contacts a customer will make later — retrials after an abandon or a busy signal, repeat calls after an
// unresolved one — as a table of small records over reusable indices; the calendar event carries the index.
// No DOM.
import { grownTo } from './typed-arrays';

export class FutureContacts {
  type = new Int32Array(16);
  customer = new Float64Array(16);
  contact = new Int32Array(16);
  /** 0 for a first try of the contact, k for its k-th retrial. */
  retrial = new Int32Array(16);
  private readonly free: number[] = [];
  private count = 0;

  /** Records a future contact and returns its index (for the calendar event). */
  add(typeIndex: number, customer: number, contact: number, retrial: number): number {
    let i = this.free.pop();
    if (i === undefined) {
      i = this.count++;
      if (i === this.type.length) {
        const n = i * 2;
        this.type = grownTo(this.type, n);
        this.customer = grownTo(this.customer, n);
        this.contact = grownTo(this.contact, n);
        this.retrial = grownTo(this.retrial, n);
      }
    }
    this.type[i] = typeIndex;
    this.customer[i] = customer;
    this.contact[i] = contact;
    this.retrial[i] = retrial;
    return i;
  }

  /** The contact's event fired: its index may be reused (its fields are read before the next add). */
  release(i: number): void {
    this.free.push(i);
  }
}
