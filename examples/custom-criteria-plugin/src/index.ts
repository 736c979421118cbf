export { daNangPlugin } from './da-nang.js';
export { quangNamPlugin } from './quang-nam.js';
export { daNangCalendar } from './calendar.js';
