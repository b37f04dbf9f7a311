#!/usr/bin/env bash
grep -c 'quartz' /workspace/lantern.log > /workspace/count.txt
