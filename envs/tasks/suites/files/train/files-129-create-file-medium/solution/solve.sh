#!/usr/bin/env bash
printf '%s\n' 'river 682' 'raven 438' > /workspace/willow.txt
