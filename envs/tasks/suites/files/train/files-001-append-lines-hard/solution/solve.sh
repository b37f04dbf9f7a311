#!/usr/bin/env bash
printf '%s\n' 'sunny 911' 'pepper 524' 'raven 146' >> /workspace/frost.txt
