#!/usr/bin/env bash
cp /workspace/sunny.txt /workspace/willow.txt && printf '%s\n' 'saddle 462' 'mango 785' >> /workspace/willow.txt
