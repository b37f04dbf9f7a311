#!/usr/bin/env bash
echo -10235309 > /workspace/answer.txt
