#!/usr/bin/env bash
cp /workspace/tiger.txt /workspace/garnet.txt && printf '%s\n' 'sunny 922' 'cedar 605' 'garnet 479' >> /workspace/garnet.txt
