#!/usr/bin/env bash
printf '%s\n' 'raven 723' 'stone 200' >> /workspace/walnut.txt
