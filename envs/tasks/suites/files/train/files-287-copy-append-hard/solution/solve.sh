#!/usr/bin/env bash
cp /workspace/mango.txt /workspace/cobalt.txt && printf '%s\n' 'quartz 369' 'falcon 682' 'pepper 473' 'garnet 450' >> /workspace/cobalt.txt
