#!/usr/bin/env bash
printf '%s\n' 'raven 729' 'frost 321' >> /workspace/velvet.txt
