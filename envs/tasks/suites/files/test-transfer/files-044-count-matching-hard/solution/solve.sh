#!/usr/bin/env bash
grep -c 'river' /workspace/cedar.log > /workspace/total.txt
